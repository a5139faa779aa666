import { useLab } from './state';

/** Placeholder shell: the classroom screen replaces it. */
export function App() {
  const rows = useLab((s) => s.rows);
  return (
    <main>
      <h1>Neuron Lab</h1>
      <p>{rows.length} training rows loaded.</p>
    </main>
  );
}
