import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@lingui/react';
import { App } from './App';
import { startRun } from './engine/start';
import { createComparison } from './runs/comparison';
import { ComparisonProvider, LabStoreProvider } from './state';
import { i18n, startingLanguage, switchLanguage } from './i18n';
import { InLanguage } from './i18n/InLanguage';
import './styles/global.css';
import './pwa/registerServiceWorker';

// Run A: its store and its worker start before the first render, as the one store and engine did.
const runA = startRun();
// Compare: run B, a copy of A with its own store and worker, while the learner compares.
const comparison = createComparison(runA);

const root = document.getElementById('root');
if (root) {
  // The first paint is in the learner's language: English is in this bundle, another catalog is one small fetch.
  // The run's store sits above InLanguage, which draws the screen anew when the language changes.
  void switchLanguage(startingLanguage(location.search, navigator.languages)).finally(() => {
    createRoot(root).render(
      <StrictMode>
        <ComparisonProvider store={comparison}>
          <LabStoreProvider store={runA.store}>
            <I18nProvider i18n={i18n}>
              <InLanguage>
                <App />
              </InLanguage>
            </I18nProvider>
          </LabStoreProvider>
        </ComparisonProvider>
      </StrictMode>,
    );
  });
}
