package com.ptpractice.scheduling.finder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ptpractice.common.web.InvalidFieldException;
import com.ptpractice.scheduling.clinics.ClinicService;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks the finder, already checked: a state, a point with a radius, or
 * both.
 *
 * @param state two-letter state, if given
 * @param near the point to measure from, if given
 * @param radiusKm how far from {@code near} a clinic may be; null without {@code near}
 */
public record FinderCriteria(@Nullable String state, @Nullable GeoPoint near, @Nullable Double radiusKm) {

	/** The only service the finder knows. */
	public static final String DRY_NEEDLING = "dry-needling";

	/** The radius when {@code near} comes without one. */
	public static final double DEFAULT_RADIUS_KM = 50;

	/** The largest radius one search may cover. */
	public static final double MAX_RADIUS_KM = 500;

	private static final Pattern LAT_LNG = Pattern
		.compile("\\s*([+-]?\\d{1,3}(?:\\.\\d{1,17})?)\\s*,\\s*([+-]?\\d{1,3}(?:\\.\\d{1,17})?)\\s*");

	/** Checks raw request values; a 400 naming the first wrong field. */
	public static FinderCriteria of(String service, @Nullable String state, @Nullable String near,
			@Nullable Double radiusKm) {
		if (!DRY_NEEDLING.equals(service)) {
			throw new InvalidFieldException("service", "must be dry-needling");
		}
		String checkedState = (state != null) ? ClinicService.checkedState("state", state) : null;
		GeoPoint point = (near != null) ? parse(near) : null;
		if (point == null && radiusKm != null) {
			throw new InvalidFieldException("radiusKm", "is allowed only with near");
		}
		if (radiusKm != null && !(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
			throw new InvalidFieldException("radiusKm", "must be more than 0 and at most " + (int) MAX_RADIUS_KM);
		}
		if (checkedState == null && point == null) {
			throw new InvalidFieldException("state", "is required unless near is given");
		}
		Double radius = (point != null) ? ((radiusKm != null) ? radiusKm : DEFAULT_RADIUS_KM) : null;
		return new FinderCriteria(checkedState, point, radius);
	}

	private static GeoPoint parse(String near) {
		Matcher matcher = LAT_LNG.matcher(near);
		if (!matcher.matches()) {
			throw new InvalidFieldException("near", "must be latitude,longitude in degrees, such as 40.76,-111.89");
		}
		double latitude = Double.parseDouble(matcher.group(1));
		double longitude = Double.parseDouble(matcher.group(2));
		if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
			throw new InvalidFieldException("near", "latitude must be within ±90 and longitude within ±180");
		}
		return new GeoPoint(latitude, longitude);
	}

	/**
	 * A point on Earth.
	 *
	 * @param latitude degrees north
	 * @param longitude degrees east
	 */
	public record GeoPoint(double latitude, double longitude) {
	}

}
