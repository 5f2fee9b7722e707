// English texts for the netimport feature (merged into en.js).
export default {
};
