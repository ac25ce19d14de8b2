import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { DataWorkerFactory } from '../../components/options/data/data-worker';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
// Vite's `?worker` import bundles the worker with its own copy of the database code (see ics-parser/main.ts).
import DataWorker from './data-worker.ts?worker';

render(
  <DataWorkerFactory.Provider value={() => new DataWorker({ name: 'data' })}>
    <OptionsApp />
  </DataWorkerFactory.Provider>,
  document.getElementById('app')!,
);
