import { Route, Routes } from 'react-router';
import { FiguresPage } from './list/FiguresPage';
import { ProposalList } from './list/ProposalList';
import { RulesPage } from './list/RulesPage';
import { ProposalPage } from './ProposalPage';

/** 提案: the list, a proposal's page (drafting and handling), the figures and the office's drafting rules. */
export function ProposalsPage() {
  return (
    <Routes>
      <Route index element={<ProposalList />} />
      <Route path="figures" element={<FiguresPage />} />
      <Route path="rules" element={<RulesPage />} />
      <Route path=":id" element={<ProposalPage />} />
    </Routes>
  );
}
