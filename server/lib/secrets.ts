// Comparing secrets (tokens, passwords) in constant time: both sides are hashed first, so
// neither their content nor their length shows in how long the comparison takes.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

export const sameSecret = (given: string, expected: string): boolean => timingSafeEqual(digest(given), digest(expected));
