// The standard PDF digital signature of a sealed document: a detached CMS (PKCS#7)
// signature, SubFilter adbe.pkcs7.detached, over the byte ranges around the placeholder —
// what Acrobat, poppler's pdfsig and other verifiers check. node-forge builds the CMS
// structure; the RSA operation itself runs in node's native crypto.
import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import { splitPem, type SealCredentials } from './certificate.ts';

const OIDS = forge.pki.oids as Record<string, string>;

// DigestInfo header of SHA-256 (RFC 8017 §9.2 note 1): PKCS#1 v1.5 signing is privateEncrypt of it + digest.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

class SealSigner extends Signer {
  private readonly key: KeyObject;
  private readonly certs: forge.pki.Certificate[];
  constructor(creds: SealCredentials) {
    super();
    this.key = createPrivateKey({ key: creds.keyDer, format: 'der', type: 'pkcs8' });
    this.certs = splitPem(creds.certPem).map((p) => forge.pki.certificateFromPem(p));
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    for (const c of this.certs) p7.addCertificate(c);
    const native = this.key;
    const key = {
      sign: (md: forge.md.MessageDigest) => {
        const digest = Buffer.from(md.digest().getBytes(), 'binary');
        return privateEncrypt({ key: native, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, digest])).toString('binary');
      },
    };
    p7.addSigner({
      key: key as unknown as forge.pki.rsa.PrivateKey,
      certificate: this.certs[0]!,
      digestAlgorithm: OIDS.sha256!,
      authenticatedAttributes: [
        { type: OIDS.contentType!, value: OIDS.data! },
        { type: OIDS.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
        { type: OIDS.messageDigest! },
      ],
    });
    p7.sign({ detached: true });
    const asn1 = p7.toAsn1();
    keepIssuerBytes(asn1, this.certs[0]!);
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  }
}

/**
 * forge re-encodes the signer's issuer name from its parsed form and mangles non-ASCII
 * (UTF8String) names such as 安徽省科学技术厅, so verifiers cannot find the signing
 * certificate. Put the certificate's own issuer bytes into the SignerInfo instead.
 */
function keepIssuerBytes(contentInfo: forge.asn1.Asn1, cert: forge.pki.Certificate): void {
  const tbs = (cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate;
  const tbsFields = tbs.value as forge.asn1.Asn1[];
  const issuer = tbsFields[tbsFields[0]!.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 3 : 2]!;
  const signedData = ((contentInfo.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[0]!;
  const signerInfos = (signedData.value as forge.asn1.Asn1[]).at(-1)!;
  for (const si of signerInfos.value as forge.asn1.Asn1[]) {
    const issuerAndSerial = (si.value as forge.asn1.Asn1[])[1]!;
    (issuerAndSerial.value as forge.asn1.Asn1[])[0] = issuer;
  }
}

const signpdf = new SignPdf();

/** Signs a PDF that already carries a signature placeholder (see sealPdf). */
export async function signPlaceholderPdf(pdf: Buffer, creds: SealCredentials, signingTime?: Date): Promise<Buffer> {
  return signpdf.sign(pdf, new SealSigner(creds), signingTime);
}
