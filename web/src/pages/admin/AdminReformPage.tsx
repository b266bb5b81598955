import { Typography } from 'antd';
import { ReformFiguresView } from '../../components/ReformFiguresView.tsx';
import { usePageTitle } from '../../usePageTitle.ts';

export default function AdminReformPage() {
  usePageTitle('改革成效');
  return (
    <>
      <Typography.Title level={4}>改革成效</Typography.Title>
      <ReformFiguresView />
    </>
  );
}
