/**
 * Preload for `node --import ./test/helpers/no-network.mjs bin/kvs.js …`:
 * every way out of the process onto the network is replaced by a function
 * that writes the attempt to the file named by KVS_NETWORK_LOG and throws.
 * The test then asserts the run succeeded and the file stayed empty.
 */
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const log = process.env.KVS_NETWORK_LOG;

function refuse(name) {
  return function refused(...args) {
    const target = args
      .slice(0, 2)
      .map((arg) => {
        try {
          return typeof arg === 'function' ? '[function]' : JSON.stringify(arg);
        } catch {
          return String(arg);
        }
      })
      .join(' ');
    if (log) appendFileSync(log, `${name} ${target}\n`);
    throw new Error(`Network access refused in this test: ${name}`);
  };
}

const replace = (object, names, prefix) => {
  for (const name of names) object[name] = refuse(`${prefix}.${name}`);
};

replace(net, ['connect', 'createConnection'], 'net');
net.Socket.prototype.connect = refuse('net.Socket.connect');
replace(tls, ['connect'], 'tls');
replace(http, ['request', 'get'], 'http');
replace(https, ['request', 'get'], 'https');
replace(http2, ['connect'], 'http2');
replace(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns');
replace(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns.promises');
replace(dgram, ['createSocket'], 'dgram');
globalThis.fetch = refuse('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = refuse('WebSocket');
// `import { connect } from 'node:net'` elsewhere sees the replacements too.
syncBuiltinESMExports();
