import { describe, expect, it } from "vitest";
import {
  bboxOf,
  containsPoint,
  type DistrictGeometry,
  parseDistricts,
  vertexCount,
} from "./routing.geometry.js";

const square = (w: number, s: number, e: number, n: number): [number, number][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const withHole: DistrictGeometry = {
  type: "Polygon",
  coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)],
};
const twoIslands: DistrictGeometry = {
  type: "MultiPolygon",
  coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6), square(5.4, 5.4, 5.6, 5.6)]],
};

describe("point in district polygon", () => {
  it("is inside the outer ring and outside its holes", () => {
    expect(containsPoint(withHole, 2, 2)).toBe(true);
    expect(containsPoint(withHole, 5, 5)).toBe(false);
    expect(containsPoint(withHole, 11, 5)).toBe(false);
    expect(containsPoint(withHole, 5, -1)).toBe(false);
  });

  it("is inside any polygon of a MultiPolygon, holes included", () => {
    expect(containsPoint(twoIslands, 0.5, 0.5)).toBe(true);
    expect(containsPoint(twoIslands, 5.2, 5.2)).toBe(true);
    expect(containsPoint(twoIslands, 5.5, 5.5)).toBe(false);
    expect(containsPoint(twoIslands, 3, 3)).toBe(false);
  });

  it("handles a concave (L-shaped) ring", () => {
    const l: DistrictGeometry = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 1],
          [1, 1],
          [1, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    expect(containsPoint(l, 0.5, 3)).toBe(true);
    expect(containsPoint(l, 3, 3)).toBe(false);
  });

  it("measures bbox and vertices", () => {
    expect(bboxOf(twoIslands)).toEqual([0, 0, 6, 6]);
    expect(vertexCount(withHole)).toBe(8);
  });
});

describe("reading an uploaded FeatureCollection", () => {
  const feature = (props: object, geometry: unknown) => ({ type: "Feature", properties: props, geometry });
  it("names every bad feature by its index", () => {
    const { problems } = parseDistricts(
      {
        type: "FeatureCollection",
        features: [
          feature({ code: "A" }, { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }),
          feature({ code: "B" }, { type: "Polygon", coordinates: [square(0, 0, 1, 1).slice(0, 4)] }),
          feature({ code: "C" }, { type: "Point", coordinates: [0, 0] }),
          feature({}, { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }),
          feature({ code: "A" }, { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }),
          feature({ code: "E" }, { type: "Polygon", coordinates: [square(0, 95, 1, 96)] }),
        ],
      },
      "code",
      "name",
    );
    expect(problems.map((p) => p.field)).toEqual([
      "geojson.features[1]",
      "geojson.features[2]",
      "geojson.features[3]",
      "geojson.features[4]",
      "geojson.features[5]",
    ]);
    expect(problems[0]!.message).toMatch(/not closed/);
    expect(problems[1]!.message).toMatch(/only Polygon and MultiPolygon/);
    expect(problems[2]!.message).toMatch(/no "code" or "name"/);
    expect(problems[3]!.message).toMatch(/repeats the code "A" of feature 0/);
    expect(problems[4]!.message).toMatch(/latitude 95/);
  });

  it("takes the code and name from the properties the admin names", () => {
    const { districts, problems } = parseDistricts(
      {
        type: "FeatureCollection",
        features: [
          feature({ WARD: 7, LABEL: "Ward Seven" }, { type: "Polygon", coordinates: [square(0, 0, 1, 1)] }),
        ],
      },
      "WARD",
      "LABEL",
    );
    expect(problems).toEqual([]);
    expect(districts[0]).toMatchObject({ code: "7", name: "Ward Seven" });
  });

  it("refuses what is not a FeatureCollection", () => {
    expect(parseDistricts({ type: "Feature" }, "code", "name").problems[0]!.message).toMatch(
      /FeatureCollection/,
    );
  });
});
