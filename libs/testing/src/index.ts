export { createTestDatabase, type TestDatabase } from './test-database';
export { startTestNats, type TestNats } from './test-nats';
export { bootService, type BootedService } from './boot-service';
export { runMain, type MainResult } from './run-main';
export { spawnApp, waitForHttp, type SpawnedApp } from './spawn-app';
export { freePort } from './free-port';
export { testRunTag, trackChild } from './test-run';
export * from './fuzz';
export { startTcpProxy, type TcpProxy } from './tcp-proxy';
