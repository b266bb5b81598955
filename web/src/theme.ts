import type { ThemeConfig } from 'antd';

/** Government deep blue. */
export const BRAND_BLUE = '#0b3d91';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1557b0',
    colorLink: '#1557b0',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif",
  },
  components: {
    Layout: { headerBg: BRAND_BLUE, bodyBg: '#f3f5f8', footerBg: '#e9edf3', siderBg: '#ffffff' },
  },
};
