'use strict';
// Rehearsal stand-in for socketcluster/socketcluster (v17): health check, origin check, echo.
const http = require('http');
const { WebSocketServer } = require('ws');

const port = Number(process.env.SOCKETCLUSTER_PORT || 8000);
let origins = '*:*';
if (process.env.SOCKETCLUSTER_OPTIONS) {
  const options = JSON.parse(process.env.SOCKETCLUSTER_OPTIONS); // a broken value fails the start, as upstream
  if (typeof options.origins === 'string') origins = options.origins;
}
const patterns = origins.split(/[\s,]+/).filter(Boolean).map((p) => {
  const m = /^(?:([a-z]+):\/\/)?([^:/]+)(?::(\*|\d+))?$/i.exec(p);
  if (!m) throw new Error('bad origins pattern: ' + p);
  return { scheme: m[1] ? m[1].toLowerCase() : '*', host: m[2].toLowerCase(), port: m[3] || '*' };
});

function allowed(origin) {
  if (patterns.some((p) => p.scheme === '*' && p.host === '*' && p.port === '*')) return true;
  if (!origin) return false;
  let url;
  try { url = new URL(origin); } catch (e) { return false; }
  const scheme = url.protocol.replace(':', '');
  const port = url.port || (scheme === 'https' ? '443' : '80');
  return patterns.some((p) => (p.scheme === '*' || p.scheme === scheme)
    && (p.host === '*' || p.host === url.hostname.toLowerCase())
    && (p.port === '*' || p.port === port));
}

const server = http.createServer((req, res) => {
  if (req.url === '/health-check') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('OK');
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
});

const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  if (!req.url.startsWith('/socketcluster/')) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    return;
  }
  if (!allowed(req.headers.origin)) {
    console.log('rejected origin', req.headers.origin);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    ws.on('message', (data, binary) => ws.send(data, { binary }));
  });
});

server.listen(port, '0.0.0.0', () => console.log('socket stand-in listening on ' + port + ', origins ' + origins));
// stop on SIGTERM: no new connections, open websockets closed (clients reconnect to the new release)
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  wss.clients.forEach((ws) => ws.terminate());
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
});
