// Times on screen are Beijing times whatever the browser's zone; dates stay the dates they are.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

describe('display formatting', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])('shows Beijing time in a browser on %s', (tz) => {
    process.env.TZ = tz;
    // 22:27 UTC on the 4th is 06:27 on the 5th in Beijing: the day the case number carries.
    expect(formatDateTime('2026-12-04T22:27:00.000Z')).toBe('2026-12-05 06:27');
    expect(formatDate('2026-12-04T22:27:00.000Z')).toBe('2026-12-05');
    // A deadline is a China date already: never shifted.
    expect(formatDate('2026-12-10')).toBe('2026-12-10');
    expect(formatDateTime(null)).toBe('—');
  });
});
