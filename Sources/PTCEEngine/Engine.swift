import PTCEModel
