import { Route, Routes } from 'react-router';
import { RefListsPage } from '../reflists/RefListsPage';
import { ImportPage } from './import/ImportPage';
import { MemberPage } from './MemberPage';
import { NoCommitteePage } from './NoCommitteePage';
import { RosterPage } from './RosterPage';

/** The roster section: /members, /members/:id, and its tools. */
export function MembersPage() {
  return (
    <Routes>
      <Route index element={<RosterPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="lists" element={<RefListsPage />} />
      <Route path="no-committee" element={<NoCommitteePage />} />
      <Route path=":id" element={<MemberPage />} />
    </Routes>
  );
}
