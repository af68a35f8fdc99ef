import { measureMock } from './src/mock.mjs';
const r = await measureMock({ rounds: 7, requests: 1000, concurrency: 8 });
console.log(JSON.stringify({ rps: r.rps, quietLogGain: r.quietLogGain, cpu: r.prismCpuMsPerRequest, cpuGain: r.quietLogCpuGain }, null, 1));
