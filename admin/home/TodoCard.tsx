import { useEffect, useRef, type ReactNode } from 'react';
import { Badge, Card, CardContent, CardHeader, Divider } from '@mui/material';

/**
 * Keeps the keyboard in a card whose item went away: deciding an item (同意 in its dialog) removes its row and the
 * button that opened the dialog with it, and the focus fell to the page's start. It goes to the card's heading
 * instead, one Tab from the next item. `mine`: the focus was last in the card, or in a dialog opened from it.
 */
function useFocusKeptIn(card: React.RefObject<HTMLElement | null>, heading: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    let mine = false;
    const track = (e: FocusEvent) => {
      const target = e.target as Element;
      if (card.current?.contains(target)) mine = true;
      else if (!target.closest?.('[role="dialog"]')) mine = false;
    };
    const keep = () =>
      setTimeout(() => {
        if (mine && (!document.activeElement || document.activeElement === document.body)) heading.current?.focus();
      });
    document.addEventListener('focusin', track);
    document.addEventListener('focusout', keep);
    // A removed element may go without a focusout: watch the card's rows and the dialogs (portals on the body).
    const removed = new MutationObserver(keep);
    if (card.current) removed.observe(card.current, { childList: true, subtree: true });
    removed.observe(document.body, { childList: true });
    return () => {
      document.removeEventListener('focusin', track);
      document.removeEventListener('focusout', keep);
      removed.disconnect();
    };
  }, [card, heading]);
}

/** The frame of every home card: a titled section (a level-two heading), the count when the kind has one, its body. */
export const TodoCard = ({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) => {
  const card = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusKeptIn(card, heading);
  return (
    <Card ref={card} variant="outlined" component="section" aria-labelledby={`todo-${id}`} data-todo={id}>
      <CardHeader
        id={`todo-${id}`}
        title={title}
        slotProps={{ title: { variant: 'h6', component: 'h2', ref: heading, tabIndex: -1 } }}
        action={
          count === undefined ? undefined : (
            <Badge badgeContent={count} color={count ? 'error' : 'default'} showZero max={999} sx={{ mr: 2, mt: 2 }} data-testid={`todo-count-${id}`} />
          )
        }
      />
      <Divider />
      <CardContent sx={{ py: 1 }}>{children}</CardContent>
    </Card>
  );
};
