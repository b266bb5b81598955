// Starts a local stand-in for every outside system the configuration leaves unset (STANDINS=true):
// the demo and development run end to end without any real system, over real HTTP.
import type { IntegrationConfig } from '../config.ts';
import { startPlatformStandin } from './platform.ts';

export interface RunningStandins {
  config: IntegrationConfig;
  /** One line per stand-in started, for the start-up banner. */
  lines: string[];
  close(): Promise<void>;
}

export async function startStandins(cfg: IntegrationConfig): Promise<RunningStandins> {
  const closers: Array<() => Promise<void>> = [];
  const lines: string[] = [];
  const config: IntegrationConfig = structuredClone(cfg);
  if (cfg.standins) {
    if (!cfg.platform) {
      const p = await startPlatformStandin();
      closers.push(p.close);
      config.platform = { url: p.url };
      lines.push(`省政务服务平台（模拟）：${p.url}/_standin/received`);
    }
  }
  return { config, lines, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}
