// Loaded on demand (a dynamic import), so the typesetter and its stylesheet stay out of the first page load.
import temml from 'temml';
import 'temml/dist/Temml-Local.css';

export default temml;
