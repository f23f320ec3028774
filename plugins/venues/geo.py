"""Coordinates between WGS-84 and GCJ-02, and venues as GeoJSON.

GCJ-02 (国测局坐标, "Mars coordinates") is WGS-84 shifted by a published, non-linear
offset of a few hundred metres; Chinese web maps (AMap, Tencent) draw in it, GPS
and GeoJSON (RFC 7946) use WGS-84. The forward shift is the well-known formula;
its inverse has no closed form and is found by iterating the forward shift, to
well under a centimetre. Outside China the two are the same.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from plugins.venues.domain import CoordinateSystem

_A = 6378245.0  # Krasovsky 1940 semi-major axis, as the GCJ-02 formula uses it
_EE = 0.00669342162296594323  # its eccentricity squared


def in_china(longitude: float, latitude: float) -> bool:
    """Whether GCJ-02 shifts the point (a rough box around mainland China)."""
    return 72.004 <= longitude <= 137.8347 and 0.8293 <= latitude <= 55.8271


def _shift(longitude: float, latitude: float) -> tuple[float, float]:
    x, y = longitude - 105.0, latitude - 35.0
    lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    lat += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    lat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    lat += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    lon += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    lon += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    lon += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    rad = latitude / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (lon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return d_lon, d_lat


def wgs84_to_gcj02(longitude: float, latitude: float) -> tuple[float, float]:
    """The GCJ-02 position of a WGS-84 one."""
    if not in_china(longitude, latitude):
        return longitude, latitude
    d_lon, d_lat = _shift(longitude, latitude)
    return longitude + d_lon, latitude + d_lat


def gcj02_to_wgs84(longitude: float, latitude: float) -> tuple[float, float]:
    """The WGS-84 position of a GCJ-02 one, by iterating the forward shift."""
    lon, lat = longitude, latitude
    for _ in range(30):
        shifted = wgs84_to_gcj02(lon, lat)
        d_lon, d_lat = shifted[0] - longitude, shifted[1] - latitude
        lon, lat = lon - d_lon, lat - d_lat
        if abs(d_lon) < 1e-10 and abs(d_lat) < 1e-10:
            break
    return lon, lat


def convert(
    longitude: float, latitude: float, source: str, target: CoordinateSystem
) -> tuple[float, float]:
    """A position stated in ``source`` as ``target`` states it, to seven decimals (about 1 cm)."""
    if source == target:
        lon, lat = longitude, latitude
    elif target is CoordinateSystem.GCJ02:
        lon, lat = wgs84_to_gcj02(longitude, latitude)
    else:
        lon, lat = gcj02_to_wgs84(longitude, latitude)
    return round(lon, 7), round(lat, 7)


def feature_collection(
    features: Iterable[Mapping[str, Any]], target: CoordinateSystem
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of points.

    Each feature mapping holds ``longitude``, ``latitude``, ``coordinate_system`` and
    ``properties``. RFC 7946 has no ``crs`` member (its coordinates are WGS-84), so a
    GCJ-02 answer says so in a foreign member, ``coordinateSystem``, which a map
    drawing in GCJ-02 (AMap, Tencent) reads.
    """
    return {
        "type": "FeatureCollection",
        "coordinateSystem": target.name,
        "features": [
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": list(
                        convert(f["longitude"], f["latitude"], f["coordinate_system"], target)
                    ),
                },
                "properties": dict(f["properties"]),
            }
            for f in features
        ],
    }
