import { Button, Tooltip } from '@mui/material';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import type { Member } from '../../../../shared/domain/member';
import { ms } from './strings';

/**
 * Print the roster as an A4 list. The print service (renderer/src/print) is
 * built separately; until it offers a roster template this stays disabled and
 * says how to print meanwhile.
 */
export function PrintRosterButton(_props: { members: Member[]; onMessage: (m: string) => void }) {
  return (
    <Tooltip title={ms.printNotReady}>
      <span>
        <Button startIcon={<PrintIcon />} disabled>{ms.print}</Button>
      </span>
    </Tooltip>
  );
}
