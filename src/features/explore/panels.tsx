import type { ReactNode } from 'react';
import type { ExplorePanelId } from '../../state';
import { DividingLinePanel } from './DividingLinePanel';
import { LandscapePanel } from './LandscapePanel';
import { SituationsPanel } from './SituationsPanel';

/** What each Explore panel draws (its name is in panelNames.ts). */
export const EXPLORE_PANEL_NODES: Record<ExplorePanelId, ReactNode> = {
  situations: <SituationsPanel />,
  line: <DividingLinePanel />,
  landscape: <LandscapePanel />,
};
