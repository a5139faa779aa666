import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startRun } from './engine/start';
import { LabStoreProvider } from './state';
import './styles/global.css';
import './pwa/registerServiceWorker';

// Run A: its store and its worker start before the first render, as the one store and engine did.
const runA = startRun();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LabStoreProvider store={runA.store}>
        <App />
      </LabStoreProvider>
    </StrictMode>,
  );
}
