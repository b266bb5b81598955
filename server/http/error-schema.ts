// The shape of every error answer, for route schemas (see error-handler.ts).
import { z } from 'zod';

export const errorSchema = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });
