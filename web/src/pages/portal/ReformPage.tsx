import { ReformFiguresView } from '../../components/ReformFiguresView.tsx';
import { usePageTitle } from '../../usePageTitle.ts';

export function ReformPage() {
  usePageTitle('改革成效');
  return (
    <>
      <h1 className="section-title">改革成效</h1>
      <ReformFiguresView />
    </>
  );
}
