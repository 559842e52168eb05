// Asks before replacing sheets the add-in generated earlier: replace them,
// keep them and write beside them, or cancel.
import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReplaceMode } from "../../host";
import type { Strings } from "../strings";

/** `text` words another write the same way (合并报送): its own title, lead and button; without 保留原表 when nothing is replaced. */
export interface ConfirmText {
  title: string;
  body: string;
  confirm: string;
  keepBoth: boolean;
}

export function ConfirmReplace({ sheets, s, onChoose, text }: { sheets: string[] | null; s: Strings; onChoose: (mode: ReplaceMode | null) => void; text?: ConfirmText }) {
  return (
    <Dialog open={!!sheets} modalType="alert" onOpenChange={(_, d) => !d.open && onChoose(null)}>
      <DialogSurface aria-describedby="confirm-replace-body">
        <DialogBody>
          <DialogTitle>{text?.title ?? s.confirmTitle}</DialogTitle>
          <DialogContent id="confirm-replace-body">
            <p style={{ marginTop: 0 }}>{text?.body ?? s.confirmBody}</p>
            <ul>
              {(sheets ?? []).map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions fluid position="start">
            <Button appearance="primary" onClick={() => onChoose("replace")}>
              {text?.confirm ?? s.confirmReplace}
            </Button>
            {(text?.keepBoth ?? true) && <Button onClick={() => onChoose("keepBoth")}>{s.confirmKeep}</Button>}
            <Button appearance="subtle" onClick={() => onChoose(null)}>
              {s.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
