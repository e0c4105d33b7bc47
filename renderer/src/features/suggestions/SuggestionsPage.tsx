import { Route, Routes } from 'react-router';
import { AwardsPage } from './figures/AwardsPage';
import { CampaignForm, CampaignsPage } from './campaigns/CampaignsPage';
import { DetailPage } from './review/DetailPage';
import { FiguresPage } from './figures/FiguresPage';
import { IntakePage } from './intake/IntakePage';
import { ListPage } from './list/ListPage';

/** 献一计: the list, intake, a suggestion's page, campaigns, figures and awards. */
export function SuggestionsPage() {
  return (
    <Routes>
      <Route index element={<ListPage />} />
      <Route path="new" element={<IntakePage />} />
      <Route path="campaigns" element={<CampaignsPage />} />
      <Route path="campaigns/new" element={<CampaignForm />} />
      <Route path="campaigns/:id" element={<CampaignForm />} />
      <Route path="figures" element={<FiguresPage />} />
      <Route path="awards" element={<AwardsPage />} />
      <Route path=":id" element={<DetailPage />} />
    </Routes>
  );
}
