import lib = require("k-city-network");

const a: lib.Krw = lib.krw(1n);
export = a;
