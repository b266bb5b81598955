import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PortalLayout } from './layout/PortalLayout.tsx';
import { GuidePage } from './pages/portal/GuidePage.tsx';
import { HomePage } from './pages/portal/HomePage.tsx';
import { ItemListPage } from './pages/portal/ItemListPage.tsx';
import { NotFoundPage } from './pages/portal/NotFoundPage.tsx';
import { ReformPage } from './pages/portal/ReformPage.tsx';

const SecurityPage = lazy(() => import('./pages/portal/SecurityPage.tsx'));
const PrintPage = lazy(() => import('./pages/portal/PrintPage.tsx'));
const TemplatePage = lazy(() => import('./pages/portal/template/TemplatePage.tsx'));
const ApplyPage = lazy(() => import('./pages/portal/apply/ApplyPage.tsx'));
const MyCasesPage = lazy(() => import('./pages/portal/cases/MyCasesPage.tsx'));
const CasePage = lazy(() => import('./pages/portal/cases/CasePage.tsx'));
const WorkbenchPage = lazy(() => import('./pages/portal/workbench/WorkbenchPage.tsx'));
const VerifyPage = lazy(() => import('./pages/portal/verify/VerifyPage.tsx'));
const MyLicencesPage = lazy(() => import('./pages/portal/licences/MyLicencesPage.tsx'));
const SealsPage = lazy(() => import('./pages/admin/seals/SealsPage.tsx'));
const PaperDeskPage = lazy(() => import('./pages/portal/paper/PaperDeskPage.tsx'));
const InquiryPage = lazy(() => import('./pages/portal/inquiry/InquiryPage.tsx'));
const InquiriesInboxPage = lazy(() => import('./pages/portal/workbench/InquiriesInboxPage.tsx'));
const FollowupsPage = lazy(() => import('./pages/portal/workbench/FollowupsPage.tsx'));
const DataRequestsPage = lazy(() => import('./pages/portal/workbench/DataRequestsPage.tsx'));
const DashboardPage = lazy(() => import('./pages/portal/workbench/dashboard/DashboardPage.tsx'));
const RatePointPage = lazy(() => import('./pages/portal/rate/RatePointPage.tsx'));
const RatingPointsPage = lazy(() => import('./pages/admin/feedback/RatingPointsPage.tsx'));
const AdminLayout = lazy(() => import('./layout/AdminLayout.tsx'));
const LoginPage = lazy(() => import('./pages/admin/LoginPage.tsx'));
const AdminItemsPage = lazy(() => import('./pages/admin/AdminItemsPage.tsx'));
const ItemEditorPage = lazy(() => import('./pages/admin/ItemEditorPage.tsx'));
const AdminItemDetailPage = lazy(() => import('./pages/admin/AdminItemDetailPage.tsx'));
const AdminReformPage = lazy(() => import('./pages/admin/AdminReformPage.tsx'));
const StaffPage = lazy(() => import('./pages/admin/staff/StaffPage.tsx'));
const WorkflowsPage = lazy(() => import('./pages/admin/workflows/WorkflowsPage.tsx'));
const DeskPage = lazy(() => import('./pages/portal/workbench/desk/DeskPage.tsx'));
const NoticePrintPage = lazy(() => import('./pages/print/NoticePrintPage.tsx'));
const ExpertsPage = lazy(() => import('./pages/admin/experts/ExpertsPage.tsx'));
const OutboxPage = lazy(() => import('./pages/admin/outbox/OutboxPage.tsx'));
const NoticeTemplatesPage = lazy(() => import('./pages/admin/notices/NoticeTemplatesPage.tsx'));
const InboxPage = lazy(() => import('./pages/portal/inbox/InboxPage.tsx'));

const fallback = (
  <div className="page-loading">
    <Spin size="large" />
  </div>
);

export function App() {
  return (
    <Suspense fallback={fallback}>
      <Routes>
        <Route element={<PortalLayout />}>
          <Route index element={<HomePage />} />
          <Route path="items" element={<ItemListPage />} />
          <Route path="items/:code" element={<GuidePage />} />
          <Route path="reform" element={<ReformPage />} />
          <Route path="me/security" element={<SecurityPage />} />
          <Route path="items/:code/apply" element={<ApplyPage />} />
          <Route path="me/cases" element={<MyCasesPage />} />
          <Route path="me/cases/:id" element={<CasePage />} />
          <Route path="me/notices" element={<InboxPage />} />
          <Route path="workbench" element={<WorkbenchPage />} />
          <Route path="verify" element={<VerifyPage />} />
          <Route path="me/licences" element={<MyLicencesPage />} />
          <Route path="workbench/cases/:id" element={<CasePage staff />} />
          <Route path="workbench/desk" element={<DeskPage />} />
          <Route path="workbench/paper" element={<PaperDeskPage />} />
          <Route path="workbench/followups" element={<FollowupsPage />} />
          <Route path="workbench/dashboard" element={<DashboardPage />} />
          <Route path="rate/:code" element={<RatePointPage />} />
          <Route path="inquiries" element={<InquiryPage />} />
          <Route path="workbench/inquiries" element={<InquiriesInboxPage />} />
          <Route path="workbench/data-requests" element={<DataRequestsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="items/:code/print" element={<PrintPage />} />
        <Route path="items/:code/templates/:n" element={<TemplatePage />} />
        <Route path="cases/:id/notices/:kind" element={<NoticePrintPage />} />
        <Route path="admin/login" element={<LoginPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<Navigate to="items" replace />} />
          <Route path="items" element={<AdminItemsPage />} />
          <Route path="items/new" element={<ItemEditorPage />} />
          <Route path="items/:code" element={<AdminItemDetailPage />} />
          <Route path="items/:code/edit" element={<ItemEditorPage />} />
          <Route path="reform" element={<AdminReformPage />} />
          <Route path="staff" element={<StaffPage />} />
          <Route path="workflows" element={<WorkflowsPage />} />
          <Route path="experts" element={<ExpertsPage />} />
          <Route path="outbox" element={<OutboxPage />} />
          <Route path="notices" element={<NoticeTemplatesPage />} />
          <Route path="seals" element={<SealsPage />} />
          <Route path="rating-points" element={<RatingPointsPage />} />
          <Route path="*" element={<Navigate to="/admin/items" replace />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
