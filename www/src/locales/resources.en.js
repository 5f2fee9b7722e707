// English texts for the resources feature (merged into en.js).
export default {
};
