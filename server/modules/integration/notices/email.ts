// E-mail through SMTP (nodemailer). "Sent" means the SMTP server accepted it; SMTP gives no
// delivery receipt, so an e-mail never shows as delivered.
import nodemailer from 'nodemailer';

export function createMailer(smtpUrl: string | null, from: string) {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    configured: transport !== null,
    async send(m: { to: string; subject: string; text: string; messageId: string }): Promise<{ messageId: string }> {
      if (!transport) throw new Error('未配置邮件服务器');
      const info = await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, headers: { 'X-Kzt-Notice': m.messageId } });
      return { messageId: info.messageId };
    },
    close: () => transport?.close(),
  };
}
export type Mailer = ReturnType<typeof createMailer>;
