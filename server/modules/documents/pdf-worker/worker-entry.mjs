// Bootstraps the PDF worker thread: TypeScript through tsx (as the server runs), then the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
