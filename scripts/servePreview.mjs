// `npm start` ends here: serves the built preview until stopped (Ctrl+C).
import { existsSync } from 'node:fs';
import { serveFolder } from './staticServer.mjs';

const port = Number(process.env.PORT ?? 3000);
if (!existsSync('dist/preview/index.html')) {
  console.error('dist/preview is missing: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}
const server = await serveFolder('dist/preview', port).catch((error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is taken: stop what runs there, or PORT=3001 npm start.` : error);
  process.exit(1);
});
// The port it listens on: PORT=0 lets the system choose a free one (the browser tests do, so two at once never collide).
console.log(`Sales Planner preview: http://localhost:${server.address().port}  (Ctrl+C to stop)`);
