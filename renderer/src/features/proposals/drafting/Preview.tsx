import { Box, Paper, Typography } from '@mui/material';
import { FIXED_SETUP } from '../../../../../shared/print/jobs';
import type { ProposalSheetData } from '../../../../../shared/print/proposal';
import { FONT_FACE_CSS } from '../../../print/fonts';
import { proposalSheetTemplate } from '../../../print/templates/ProposalSheet';
import { ps } from '../strings';

/** The proposal as it will print: the print template itself, on a scaled A4 sheet. */
export function Preview({ data }: { data: ProposalSheetData }) {
  const Sheet = proposalSheetTemplate.Component;
  return (
    <Box>
      <Typography variant="subtitle2" color="text.secondary" gutterBottom>{ps.preview}</Typography>
      <Paper variant="outlined" sx={{ width: 210 * 0.55 + 'mm', height: 'calc(100vh - 200px)', overflow: 'auto', bgcolor: '#fff' }} data-testid="proposal-preview">
        <style>{`${FONT_FACE_CSS}\n${proposalSheetTemplate.css}`}</style>
        <Box sx={{ zoom: 0.55, p: '37mm 26mm 20mm 28mm', color: '#000' }}>
          <Sheet data={data} setup={FIXED_SETUP.proposal!} />
        </Box>
      </Paper>
    </Box>
  );
}
