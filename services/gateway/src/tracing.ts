import { startTracing } from '@pn/observability';

// Imported first by main.ts: instrumentation must patch http, express and pg before they load.
startTracing('gateway');
