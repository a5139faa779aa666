export { CompareButton } from './CompareButton';
export { ComparePanel } from './ComparePanel';
