// Serves dist/excel over https on localhost:3100 with the Office development certificate, for
// sideloading (npm run start:excel). `office-addin-dev-certs install` creates and trusts the certificate.
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { serveFolder } from './staticServer.mjs';

const tls = await getHttpsServerOptions();
await serveFolder('dist/excel', 3100, tls);
console.log('Excel add-in served at https://localhost:3100 (Ctrl+C to stop)');
