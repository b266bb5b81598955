// The bundled identity provider's pages, in Chinese, styled after a provincial
// unified-identity platform. Plain HTML: the provider is a stand-in for an outside system.

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
  body{margin:0;font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;background:#eef3fb;color:#1f2329}
  header{background:#0b4a9c;color:#fff;padding:14px 24px;font-size:18px;font-weight:600}
  header small{font-weight:400;opacity:.8;margin-left:8px;font-size:13px}
  main{max-width:420px;margin:32px auto;background:#fff;border-radius:8px;padding:28px 28px 20px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
  h1{font-size:20px;margin:0 0 4px} p.sub{color:#666;margin:0 0 20px;font-size:13px}
  label{display:block;font-size:14px;margin:12px 0 6px}
  input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:10px;border:1px solid #c9d1dc;border-radius:4px;font-size:15px}
  button{margin-top:18px;width:100%;padding:11px;background:#0b4a9c;color:#fff;border:0;border-radius:4px;font-size:16px;cursor:pointer}
  .error{background:#fff1f0;border:1px solid #ffa39e;color:#a8071a;padding:8px 10px;border-radius:4px;font-size:14px}
  details{margin-top:20px;font-size:13px;color:#555} table{border-collapse:collapse;width:100%;margin-top:8px}
  td,th{border-bottom:1px solid #eee;padding:4px;text-align:left} td button{margin:0;padding:2px 8px;width:auto;font-size:12px}
  footer{text-align:center;color:#888;font-size:12px;margin:16px}
  @media (max-width:480px){main{margin:0;border-radius:0;box-shadow:none}}
`;

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head><body>
<header>安徽政务服务网 · 统一身份认证平台<small>（演示环境，由科政通内置）</small></header>
<main>${body}</main><footer>个人用身份证号、法人用统一社会信用代码，一次认证、全网通行</footer></body></html>`;
}

export interface DemoRow {
  username: string;
  label: string;
  kind: string;
}

export function loginPage(opts: { action: string; clientName: string; error?: string; username?: string; demo: DemoRow[]; demoPassword: string }): string {
  const rows = opts.demo
    .map((d) => `<tr><td>${esc(d.kind)}</td><td>${esc(d.label)}</td><td><code>${esc(d.username)}</code></td>` +
      `<td><button type="button" data-fill="${esc(d.username)}">填入</button></td></tr>`)
    .join('');
  return layout('统一身份认证 · 登录', `
<h1>登录</h1><p class="sub">登录后将返回「${esc(opts.clientName)}」</p>
${opts.error ? `<div class="error" role="alert">${esc(opts.error)}</div>` : ''}
<form method="post" action="${esc(opts.action)}" autocomplete="off">
  <label for="username">账号（用户名、身份证号或手机号）</label>
  <input type="text" id="username" name="username" value="${esc(opts.username ?? '')}" required maxlength="64" autofocus>
  <label for="password">密码</label>
  <input type="password" id="password" name="password" required maxlength="128">
  <button type="submit" id="login-submit">登录</button>
</form>
<details><summary>演示账号（密码均为 <code>${esc(opts.demoPassword)}</code>）</summary>
<table><thead><tr><th>类型</th><th>名称</th><th>账号</th><th></th></tr></thead><tbody>${rows}</tbody></table></details>
<script>document.querySelectorAll('[data-fill]').forEach(function(b){b.addEventListener('click',function(){
document.getElementById('username').value=b.getAttribute('data-fill');document.getElementById('password').value=${JSON.stringify(opts.demoPassword)};});});</script>`);
}

/** RP-initiated logout: the provider's form, confirmed at once (the user already chose to leave). */
export function logoutPage(form: string): string {
  return layout('统一身份认证 · 退出', `<h1>正在退出</h1><p class="sub">正在退出统一身份认证平台…</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">确认退出</button>
<script>(function(){var f=document.getElementById('op.logoutForm');var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit();})();</script>`);
}

export function messagePage(title: string, message: string): string {
  return layout(title, `<h1>${esc(title)}</h1><p>${esc(message)}</p>`);
}
