// What 科政通 needs from the identity platform's ID token, validated before anything is
// stored: a natural person by 身份证号; a legal person's handler with the enterprises
// (统一社会信用代码) they may act for. Claim names are those of the bundled provider;
// docs/identity.md says how to map another issuer's claims onto them.
import { z } from 'zod';
import { creditCodeSchema, idCardSchema } from '../../lib/codes/zod.ts';

export const enterpriseClaimSchema = z.object({
  credit_code: creditCodeSchema,
  name: z.string().trim().min(1).max(200),
  legal_representative: z.string().trim().max(50).optional(),
  address: z.string().trim().max(300).optional(),
  role: z.enum(['legal_representative', 'handler']).default('handler'),
});

export const identityClaimsSchema = z
  .object({
    sub: z.string().min(1).max(255),
    name: z.string().trim().min(1).max(50),
    id_number: idCardSchema,
    phone_number: z.string().trim().max(20).optional(),
    subject_type: z.enum(['natural', 'legal']),
    enterprises: z.array(enterpriseClaimSchema).max(50).default([]),
  })
  .refine((c) => c.subject_type !== 'legal' || c.enterprises.length > 0, {
    message: '法人登录须至少关联一家单位',
    path: ['enterprises'],
  });

export type IdentityClaims = z.infer<typeof identityClaimsSchema>;
