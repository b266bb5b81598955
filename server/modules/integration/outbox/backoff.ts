// Exponential backoff with jitter for failed deliveries: base·2^(attempt−1), capped, ±20 %.
export interface BackoffSettings {
  baseSeconds: number;
  maxSeconds: number;
}

export function retryDelaySeconds(attempt: number, s: BackoffSettings, random: () => number = Math.random): number {
  const exp = Math.min(s.maxSeconds, s.baseSeconds * 2 ** Math.max(0, attempt - 1));
  const jitter = 0.8 + 0.4 * random();
  return Math.max(0, Math.min(s.maxSeconds, exp * jitter));
}
