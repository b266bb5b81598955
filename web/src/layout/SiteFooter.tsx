import { Layout } from 'antd';

export function SiteFooter() {
  return (
    <Layout.Footer className="site-footer">
      <div>主办单位：安徽省科学技术厅　　技术支持：科政通项目组</div>
      <div>地址：安徽省合肥市（示例地址）　　咨询电话：0551-12345678（示例）</div>
      <div>皖ICP备00000000号-1（占位）　　皖公网安备 34000000000000号（占位）</div>
    </Layout.Footer>
  );
}
