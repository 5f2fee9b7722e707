// Bokmål texts for the netimport feature (merged into nb.js).
export default {
};
