import { Route, Routes } from 'react-router';
import { FiguresPage } from './FiguresPage';
import { SessionDetail } from './SessionDetail';
import { SessionForm } from './SessionForm';
import { SessionList } from './SessionList';
import { SignInScreen } from './SignInScreen';

/** 学习活动: the list, the plan form, a session's page, the door's sign-in screen and the figures. */
export function SessionsPage() {
  return (
    <Routes>
      <Route index element={<SessionList />} />
      <Route path="new" element={<SessionForm mode="new" />} />
      <Route path="figures" element={<FiguresPage />} />
      <Route path=":id" element={<SessionDetail />} />
      <Route path=":id/edit" element={<SessionForm mode="edit" />} />
      <Route path=":id/copy" element={<SessionForm mode="copy" />} />
      <Route path=":id/signin" element={<SignInScreen />} />
    </Routes>
  );
}
