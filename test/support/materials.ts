// Providing a case's required materials as its applicant would, over HTTP: 告知承诺 where the
// item allows it, otherwise a small real PDF (or JPEG) upload. For tests whose cases must pass
// the "materialsComplete" guard on their way to acceptance.
import type { Browserless } from './browserless-login.ts';

export const TEST_PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
export const TEST_JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(20, 1), Buffer.from([0xff, 0xd9])]);

interface MaterialState {
  index: number;
  name: string;
  required: boolean;
  status: string;
  fileFormats: string[];
  actions: string[];
}

/** Uploads a file for one material as the signed-in applicant; the response. */
export function uploadMaterial(b: Browserless, csrf: string, caseId: string, index: number, bytes: Buffer, name: string, type = 'application/pdf') {
  const fd = new FormData();
  fd.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  return b.fetch(`/api/cases/${caseId}/materials/${index}`, { method: 'POST', headers: { 'x-csrf-token': csrf }, body: fd });
}

/** Gives every required material still missing a proof; returns how many it gave. */
export async function provideRequiredMaterials(b: Browserless, csrf: string, caseId: string): Promise<number> {
  const res = await b.fetch(`/api/cases/${caseId}/materials`);
  if (res.status !== 200) throw new Error(`materials of ${caseId}: ${res.status} ${await res.text()}`);
  const { materials } = (await res.json()) as { materials: MaterialState[] };
  let given = 0;
  for (const m of materials) {
    if (!m.required || m.status !== 'missing' || m.actions.length === 0) continue;
    const done = m.actions.includes('commitment')
      ? await b.fetch(`/api/cases/${caseId}/materials/${m.index}/commitment`, { method: 'POST', headers: { 'x-csrf-token': csrf } })
      : m.fileFormats.some((f) => f.toUpperCase() === 'PDF')
        ? await uploadMaterial(b, csrf, caseId, m.index, TEST_PDF, `${m.name}.pdf`)
        : await uploadMaterial(b, csrf, caseId, m.index, TEST_JPEG, `${m.name}.jpg`, 'image/jpeg');
    if (done.status !== 201) throw new Error(`material ${m.index} 「${m.name}」 of ${caseId}: ${done.status} ${await done.text()}`);
    given++;
  }
  return given;
}
