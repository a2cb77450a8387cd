package com.ptpractice.credentialing.staterules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 50 states and the District of Columbia, by postal code.
 */
public enum Jurisdiction {

	AK("Alaska"), AL("Alabama"), AR("Arkansas"), AZ("Arizona"), CA("California"), CO("Colorado"), CT("Connecticut"),
	DC("District of Columbia"), DE("Delaware"), FL("Florida"), GA("Georgia"), HI("Hawaii"), IA("Iowa"), ID("Idaho"),
	IL("Illinois"), IN("Indiana"), KS("Kansas"), KY("Kentucky"), LA("Louisiana"), MA("Massachusetts"), MD("Maryland"),
	ME("Maine"), MI("Michigan"), MN("Minnesota"), MO("Missouri"), MS("Mississippi"), MT("Montana"),
	NC("North Carolina"), ND("North Dakota"), NE("Nebraska"), NH("New Hampshire"), NJ("New Jersey"), NM("New Mexico"),
	NV("Nevada"), NY("New York"), OH("Ohio"), OK("Oklahoma"), OR("Oregon"), PA("Pennsylvania"), RI("Rhode Island"),
	SC("South Carolina"), SD("South Dakota"), TN("Tennessee"), TX("Texas"), UT("Utah"), VA("Virginia"), VT("Vermont"),
	WA("Washington"), WI("Wisconsin"), WV("West Virginia"), WY("Wyoming");

	private final String displayName;

	Jurisdiction(String displayName) {
		this.displayName = displayName;
	}

	/** The jurisdiction's name, such as {@code California}. */
	public String displayName() {
		return this.displayName;
	}

	/** The jurisdiction with this two-letter code, in any case. */
	public static Optional<Jurisdiction> fromCode(String code) {
		String upper = code.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter((state) -> state.name().equals(upper)).findFirst();
	}

	/**
	 * The jurisdiction with this code; for input that was validated with
	 * {@link StateCode}.
	 */
	public static Jurisdiction of(String code) {
		return fromCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown state code " + code));
	}

}
