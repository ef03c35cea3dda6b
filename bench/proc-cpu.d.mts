/** Types of proc-cpu.mjs, for the TypeScript test. */
export function childrenCpuMs(): number | undefined;
