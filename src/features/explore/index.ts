export { ExploreView } from './ExploreView';
