/**
 * Preload for resource tests: when the process ends, its peak resident memory
 * (from the operating system, in KB) goes to stderr as one line
 * `kvs-maxrss-kb=N`, so a test can bound the memory of a real `kvs` process.
 */
process.on('exit', () => {
  process.stderr.write(`\nkvs-maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
