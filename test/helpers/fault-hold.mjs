/**
 * Preload for fault tests: a build that waits. Once the build has its lock and
 * goes to load a renderer, the load waits until the file KVS_FAULT_HOLD exists,
 * so a test can start a second build, or send a signal, while the first one
 * holds output/. The wait is asynchronous (in the module loader's thread), so
 * the build still answers SIGINT/SIGTERM meanwhile.
 */
import { register } from 'node:module';

register('./fault-hold-hooks.mjs', import.meta.url, { data: { file: process.env.KVS_FAULT_HOLD ?? '' } });
