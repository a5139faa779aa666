import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@lingui/react';
import { App } from './App';
import { startRun } from './engine/start';
import { LabStoreProvider } from './state';
import { i18n, startingLanguage, switchLanguage } from './i18n';
import { InLanguage } from './i18n/InLanguage';
import './styles/global.css';
import './pwa/registerServiceWorker';

// Run A: its store and its worker start before the first render, as the one store and engine did.
const runA = startRun();

const root = document.getElementById('root');
if (root) {
  // The first paint is in the learner's language: English is in this bundle, another catalog is one small fetch.
  // The run's store sits above InLanguage, which draws the screen anew when the language changes.
  void switchLanguage(startingLanguage(location.search, navigator.languages)).finally(() => {
    createRoot(root).render(
      <StrictMode>
        <LabStoreProvider store={runA.store}>
          <I18nProvider i18n={i18n}>
            <InLanguage>
              <App />
            </InLanguage>
          </I18nProvider>
        </LabStoreProvider>
      </StrictMode>,
    );
  });
}
