package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.Shift;
import java.util.List;

/** Every shift template, by name. */
public interface ListShiftsUseCase {

    List<Shift> list(Requester who);
}
